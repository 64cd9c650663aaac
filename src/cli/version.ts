// The package version, from the nearest package.json above this module (src/ or dist/src/).
import { readFileSync } from 'node:fs';

export function version(): string {
  for (let url = new URL('./package.json', import.meta.url); ; url = new URL('../package.json', url)) {
    try {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'plan-parse') return pkg.version;
    } catch {
      // not here: one folder up
    }
    if (url.pathname === '/package.json') return '0.0.0';
  }
}
