#!/usr/bin/env node
// Launcher for the `candor` command: runs the TypeScript entry through tsx (a devDependency), so the command
// works right after `npm install` in a fresh clone with no build step and never runs stale compiled code.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/candor.ts');
