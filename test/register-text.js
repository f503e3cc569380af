// Lets unit tests import .yaml files as text, as esbuild's "text" loader does in the bundles.
const fs = require('fs');
require.extensions['.yaml'] = (module, filename) => {
  module.exports = fs.readFileSync(filename, 'utf8');
};
