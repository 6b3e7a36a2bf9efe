#!/usr/bin/env node
// The installed command: runs the TypeScript CLI through tsx, the same code `npm run analyze` runs.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
