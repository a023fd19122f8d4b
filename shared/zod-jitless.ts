import { z } from 'zod';

// The app's Content-Security-Policy has no 'unsafe-eval'. Without this, zod probes `new Function('')`
// (and would compile object parsers with it), and Chromium reports each blocked probe as a
// `securitypolicyviolation` even though zod catches the error. Every bundle that runs zod in a page
// (the renderer and the preload) imports this module first, before any schema is built: an object
// schema decides at construction whether to use eval.
z.config({ jitless: true });
