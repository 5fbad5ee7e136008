/**
 * The bench measures what production runs: React's production build in the render threads it starts
 * (they inherit this environment), as under `npm start`. Import before anything that loads React.
 */
(process.env as Record<string, string>).NODE_ENV ??= 'production';
