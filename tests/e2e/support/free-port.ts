import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on, for a server a test starts itself (astro dev, nginx). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
