/** Occupational roles and their needs from CSV exports of O*NET and ESCO, mapped onto the graph's targets. */
package org.michishirube.interop.occupation;
