/** CASE 1.1 (1EdTech Competencies and Academic Standards Exchange) packages: a lossless reader and the exporter. */
package org.michishirube.interop.casepackage;
