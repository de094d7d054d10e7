import { useEffect, useState } from 'react';

export type Route = { page: string; params: URLSearchParams };

function read(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [page, query] = hash.split('?');
  return { page: page || 'dashboard', params: new URLSearchParams(query ?? '') };
}

/** Hash routes (#/plans?programme=1&rec=5) work the same from file:// and from the web host. */
export function useRoute(): Route {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function navigate(page: string, params: Record<string, string | number | undefined> = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  window.location.hash = `#/${page}${s ? `?${s}` : ''}`;
}
