// Ports for `npm start`: a port named by its variable must be free (else one clear
// sentence); a default that is busy is replaced by a free one the OS picks.
import net from "node:net";

export class StartError extends Error {}

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The port in `variable`, which must be free; or, when the variable is unset,
 * `fallback` if free, else any free port (`substituted` says so).
 */
export async function choosePort(variable, fallback, { substitute = true } = {}) {
  const given = process.env[variable];
  if (given !== undefined && given !== "") {
    const port = Number(given);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`${variable}=${given} is not a port number`);
    if (!(await portIsFree(port))) throw new StartError(`port ${port} (${variable}) is already in use: set ${variable} to a free port`);
    return { port, substituted: false };
  }
  if (await portIsFree(fallback)) return { port: fallback, substituted: false };
  if (!substitute) throw new StartError(`port ${fallback} is already in use: set ${variable} to a free port`);
  return { port: await freePort(), substituted: true };
}
