import { command } from './command';

export const helpCommand = command({
  name: 'help',
  usage: [{ call: 'help, --help', does: 'This list' }],
  options: { help: { type: 'boolean', short: 'h', default: false } },
  async run(_args, _values, usage) {
    console.log(usage);
    return 0;
  },
});
