// pdfkit ships no types; lib/documents/pdfkit-font-cache.ts only touches PDFDocument.prototype.font.
declare module 'pdfkit';
