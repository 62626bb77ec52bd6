/** How to call the API benchmark (kept apart so the usage text loads without autocannon). */
export const API_USAGE = 'npm run bench -- api [--duration S] [--connections N] [--posts N] [--database URL]';
