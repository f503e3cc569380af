// Lets unit tests import .yaml pack files as text (the bundles also get the pack parsed at build
// time; see esbuild.js). With no `parsed` export, builtinPack() parses the text itself.
const fs = require('fs');
require.extensions['.yaml'] = (module, filename) => {
  module.exports = { __esModule: true, default: fs.readFileSync(filename, 'utf8') };
};
