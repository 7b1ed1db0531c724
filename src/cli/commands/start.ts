import type { CliCommand } from '../command.ts';
import { parseFlags } from '../command.ts';
import { serve } from '../serve.ts';
import { buildWebBundle, bundleStaleReason } from '../web-bundle.ts';
import { parsePort } from './serve.ts';

const command: CliCommand = {
  name: 'start',
  summary: 'Build the web app if needed, then serve',
  help: `Usage: citybench start [--port N]

Builds the web app into dist/web when it is missing or older than its sources (web/, src/engine/),
streaming the Vite output, then runs \`citybench serve\`.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, { port: { type: 'string' } });
    const port = parsePort(values.port);
    const stale = bundleStaleReason();
    if (stale) {
      io.stderr(`citybench: building the web app (${stale})\n`);
      await buildWebBundle(io);
    }
    return serve(io, port === undefined ? {} : { port });
  },
};

export default command;
