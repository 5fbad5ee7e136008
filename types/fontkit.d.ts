// fontkit ships no types; lib/documents/fontkit-layout-cache.ts only opens a font to reach the prototype of fontkit's fonts.
declare module 'fontkit';
