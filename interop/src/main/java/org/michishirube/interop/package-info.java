/**
 * Codecs between bytes and core values, pure functions with no Spring and no Neo4j (the stores that write what they
 * produce live in the data module). This package holds what every format shares: the imported framework
 * ({@link org.michishirube.interop.ImportedFramework}), its mapping onto a draft ({@link
 * org.michishirube.interop.ImportMapping}), faults ({@link org.michishirube.interop.InvalidImportException}), the
 * catalog of versions to export and the stable CASE identifiers. The formats have a package each: {@code casepackage}
 * (CASE 1.1 JSON), {@code spreadsheet} (OpenSALT's CASE spreadsheets), {@code ctdl} (CTDL-ASN), {@code curriculum}
 * (the curriculum CSV) and {@code occupation} (roles from O*NET and ESCO CSV).
 */
package org.michishirube.interop;
