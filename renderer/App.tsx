import { useEffect } from 'react';
import { AppDataProvider } from './AppData';
import { navigate, useRoute } from './useRoute';
import { FirstRun } from './pages/FirstRun';
import { DashboardPage } from './pages/DashboardPage';
import { ActionPlanPage } from './actionPlan/ActionPlanPage';
import { PeoplePage } from './pages/PeoplePage';
import { SettingsPage } from './pages/SettingsPage';
import { MonthlyPage } from './monthly/MonthlyPage';
import { PoliciesPage } from './policies/PoliciesPage';
import { MeetingsPage } from './meetings/MeetingsPage';
import { PaperEditor } from './papers/PaperEditor';
import { CompliancePage } from './compliance/CompliancePage';
import { StockPage } from './stock/StockPage';
import { ImportsPage } from './imports/ImportsPage';
import { TrainingPage } from './training/TrainingPage';
import { PerformancePage } from './measures/PerformancePage';
import { ComplaintsPage } from './complaints/ComplaintsPage';

const NAV = [
  { page: 'dashboard', label: 'Dashboard' },
  { page: 'plans', label: 'Action plans' },
  { page: 'monthly', label: 'Monthly updates' },
  { page: 'policies', label: 'Policies' },
  { page: 'meetings', label: 'Meetings and papers' },
  { page: 'compliance', label: 'Compliance' },
  { page: 'stock', label: 'Homes and blocks' },
  { page: 'training', label: 'Training' },
  { page: 'performance', label: 'Performance' },
  { page: 'complaints', label: 'Complaints' },
  { page: 'imports', label: 'Imports' },
  { page: 'people', label: 'People and teams' },
  { page: 'settings', label: 'Settings' },
];

export function App() {
  const route = useRoute();
  return (
    <AppDataProvider
      fallback={(error) => (
        <div className="loading" role={error ? 'alert' : 'status'}>
          {error ? `Housing Desk could not load: ${error}` : 'Loading Housing Desk…'}
        </div>
      )}
    >
      {(data) => {
        if (data.info.firstRun) return <FirstRun />;
        return (
          <Shell
            dbPath={data.info.dbPath}
            storageWarning={data.info.storageWarning}
            organisation={data.settings.organisation}
            userName={data.settings.userName}
            page={route.page}
          >
            {route.page === 'plans' && <ActionPlanPage params={route.params} />}
            {route.page === 'monthly' && <MonthlyPage params={route.params} />}
            {route.page === 'policies' && <PoliciesPage params={route.params} />}
            {route.page === 'meetings' && <MeetingsPage params={route.params} />}
            {route.page === 'paper' && <PaperEditor key={route.params.toString()} params={route.params} />}
            {route.page === 'compliance' && <CompliancePage />}
            {route.page === 'stock' && <StockPage params={route.params} />}
            {route.page === 'imports' && <ImportsPage />}
            {route.page === 'training' && <TrainingPage params={route.params} />}
            {route.page === 'performance' && <PerformancePage params={route.params} />}
            {route.page === 'complaints' && <ComplaintsPage params={route.params} />}
            {route.page === 'people' && <PeoplePage />}
            {route.page === 'settings' && <SettingsPage />}
            {![
              'plans',
              'monthly',
              'policies',
              'meetings',
              'paper',
              'compliance',
              'stock',
              'training',
              'performance',
              'complaints',
              'imports',
              'people',
              'settings',
            ].includes(route.page) && <DashboardPage />}
          </Shell>
        );
      }}
    </AppDataProvider>
  );
}

function Shell(props: { dbPath: string; storageWarning: string | null; organisation: string; userName: string; page: string; children: React.ReactNode }) {
  useEffect(() => {
    const file = props.dbPath.split(/[\\/]/).pop();
    document.title = `Housing Desk — ${file}`;
  }, [props.dbPath]);
  return (
    <div className="shell">
      <nav className="nav" aria-label="Main">
        <div className="brand">
          <div className="brand-name">Housing Desk</div>
          <div className="brand-org">{props.organisation}</div>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.page}>
              <a
                href={`#/${n.page}`}
                aria-current={
                  props.page === n.page ||
                  (n.page === 'meetings' && props.page === 'paper') ||
                  (n.page === 'dashboard' && !NAV.some((x) => x.page === props.page) && props.page !== 'paper')
                    ? 'page'
                    : undefined
                }
                onClick={(e) => {
                  e.preventDefault();
                  navigate(n.page);
                }}
              >
                {n.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="nav-foot" title={props.dbPath}>
          Signed in as {props.userName}
          <br />
          Database: {props.dbPath.split(/[\\/]/).pop()}
        </div>
      </nav>
      <main className="content">
        {props.storageWarning && (
          <div className="warning-banner" role="status" data-testid="storage-warning">
            {props.storageWarning}
          </div>
        )}
        {props.children}
      </main>
    </div>
  );
}
