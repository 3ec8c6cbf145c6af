// Plain JavaScript on purpose: it must run on any Node.js, to say which one the project's scripts need
// (they are TypeScript run by Node ≥ 22.12, which an older Node reports as a TypeError on ".ts").
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This needs Node.js ≥ 22.12 (found ${process.version}). Run \`. .ci/env\` first: it puts Node 24 on PATH (fetched from the npm registry into .tools/ once), or install Node 24 (.nvmrc).`,
  );
  process.exit(1);
}
