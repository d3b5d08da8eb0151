/** Evidence-ranked proposals to redefine a framework, each convertible to a draft operation, and when its review is due. */
package org.michishirube.core.proposal;
