/** Export geometry, options and the portable map file: pure code shared by renderer and backend. */
export * from './png-size';
export * from './tiling';
export * from './map-file';
export * from './normalize-map-file';
export * from './options';
export * from './picture-geometry';
export * from './map-file-repairs';
export * from './sniff-file-kind';
