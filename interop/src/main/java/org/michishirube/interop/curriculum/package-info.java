/** The curriculum CSV (docs/curricula.md): one row per course and target, every faulty row and column reported. */
package org.michishirube.interop.curriculum;
