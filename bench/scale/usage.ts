/** How to call the scale benchmark (kept apart so the usage text loads without autocannon). */
export const SCALE_USAGE = 'npm run bench -- scale [--duration S] [--connections N] [--posts N] [--database postgres://…]';
