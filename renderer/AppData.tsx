import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo, Person, Programme, Settings, Team } from '../shared/contract';
import { call } from './api';

export interface AppData {
  info: AppInfo;
  settings: Settings;
  people: Person[];
  teams: Team[];
  programmes: Programme[];
  reload(): Promise<void>;
}

const Ctx = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAppData outside provider');
  return v;
}

export function AppDataProvider({ children, fallback }: { children: (data: AppData) => ReactNode; fallback: (error: string | null) => ReactNode }) {
  const [data, setData] = useState<Omit<AppData, 'reload'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [info, settings, people, teams, programmes] = await Promise.all([
        call('app.info', {}),
        call('settings.get', {}),
        call('people.list', {}),
        call('teams.list', {}),
        call('programmes.list', {}),
      ]);
      setData({ info, settings, people, teams, programmes });
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!data) return <>{fallback(error)}</>;
  const value = { ...data, reload };
  return <Ctx.Provider value={value}>{children(value)}</Ctx.Provider>;
}
