/** Stores curricula, their courses and their mappings to targets, each write in one transaction. */
package org.michishirube.data.curriculum;
