import { lazy, Suspense, useEffect } from 'react';
import { AppDataProvider } from './AppData';
import { navigate, useRoute } from './useRoute';
import { FirstRun } from './pages/FirstRun';

// Each page is its own chunk, loaded the first time it is opened: the window starts on the
// dashboard without the code of the grids, charts and forms of every other page.
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ActionPlanPage = lazy(() => import('./actionPlan/ActionPlanPage').then((m) => ({ default: m.ActionPlanPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const MonthlyPage = lazy(() => import('./monthly/MonthlyPage').then((m) => ({ default: m.MonthlyPage })));
const PoliciesPage = lazy(() => import('./policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const MeetingsPage = lazy(() => import('./meetings/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const PaperEditor = lazy(() => import('./papers/PaperEditor').then((m) => ({ default: m.PaperEditor })));
const CompliancePage = lazy(() => import('./compliance/CompliancePage').then((m) => ({ default: m.CompliancePage })));
const StockPage = lazy(() => import('./stock/StockPage').then((m) => ({ default: m.StockPage })));
const ImportsPage = lazy(() => import('./imports/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const TrainingPage = lazy(() => import('./training/TrainingPage').then((m) => ({ default: m.TrainingPage })));
const PerformancePage = lazy(() => import('./measures/PerformancePage').then((m) => ({ default: m.PerformancePage })));
const ComplaintsPage = lazy(() => import('./complaints/ComplaintsPage').then((m) => ({ default: m.ComplaintsPage })));

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
            <Suspense
              fallback={
                <p className="muted" role="status">
                  Opening the page…
                </p>
              }
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
            </Suspense>
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
