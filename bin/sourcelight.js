#!/usr/bin/env node
// The installed command: the CLI compiled into one file by `npm run build:cli`, with no package needed at run time.
import '../dist/sourcelight.mjs';
