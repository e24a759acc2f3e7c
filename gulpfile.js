const path = require('path');
const { task, src, dest } = require('gulp');

// tsc compiles the TypeScript; the icons are not code, so they are copied next to the compiled files.
task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { encoding: false }).pipe(
		dest((file) => path.resolve('dist', path.relative(file.cwd, file.base))),
	),
);
