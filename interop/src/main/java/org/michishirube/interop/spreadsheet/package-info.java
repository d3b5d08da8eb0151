/** Frameworks in OpenSALT's CASE spreadsheet layout, XLSX and CSV, with Michishirube's extension columns (docs/spreadsheets.md). */
package org.michishirube.interop.spreadsheet;
