import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { App } from './App';
import { takeTokenFromUrl } from './api';
import { ToastProvider } from './components/Toast';
import './styles.css';

ModuleRegistry.registerModules([AllCommunityModule]);
takeTokenFromUrl();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
);
