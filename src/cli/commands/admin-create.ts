import type { CliCommand } from '../command.ts';
import { parseFlags, requireFlag, UsageError } from '../command.ts';
import { withRuntime } from '../runtime.ts';

const command: CliCommand = {
  name: 'admin create',
  summary: 'Create an admin account in an organisation',
  help: `Usage: citybench admin create --email E [--name N] [--password P | --password-stdin] [--org SLUG]

Creates a user with the admin role in the organisation SLUG (default: busan; the demo
organisation is created first if the database is new).
Without --password or --password-stdin a random password is generated and printed once.
--password-stdin reads the password from standard input (one trailing newline is dropped), which
keeps it out of the shell history and the process list.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      org: { type: 'string', default: 'busan' },
    });
    const email = requireFlag(values, 'email');
    if (values.password !== undefined && values['password-stdin']) {
      throw new UsageError('give either --password or --password-stdin, not both');
    }
    const password = values['password-stdin']
      ? (await io.readStdin()).replace(/\r?\n$/, '')
      : (values.password as string | undefined);
    if (password === '') throw new UsageError('the password is empty');
    return withRuntime(io, async ({ operator }) => {
      // A fresh install has no organisation yet: create the demo one so `--org busan` works.
      await operator.seedDemo();
      const { member, generatedPassword } = await operator.createAdmin({
        email,
        orgSlug: String(values.org),
        ...(typeof values.name === 'string' ? { name: values.name } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      io.stdout(`created admin ${member.email} in organisation ${String(values.org)}\n`);
      if (generatedPassword)
        io.stdout(`password: ${generatedPassword}\n(shown once: store it or change it)\n`);
      return 0;
    });
  },
};

export default command;
