// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.scoping;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;

/**
 * A single import ({@code import infra.PortoEdge}) also makes the members of the imported element visible through it
 * ({@code PortoEdge.stadiumBox}), as a Java import of a class does for its nested classes.
 */
class MemberImportNormalizer extends ImportNormalizer {

	MemberImportNormalizer(QualifiedName importedName, boolean ignoreCase) {
		super(importedName, false, ignoreCase);
	}

	@Override
	public QualifiedName resolve(QualifiedName relativeName) {
		QualifiedName imported = getImportedNamespacePrefix();
		if (relativeName.getSegmentCount() > 1 && matches(relativeName.getFirstSegment(), imported.getLastSegment())) {
			return imported.append(relativeName.skipFirst(1));
		}
		return super.resolve(relativeName);
	}

	@Override
	public QualifiedName deresolve(QualifiedName fullName) {
		QualifiedName imported = getImportedNamespacePrefix();
		boolean member = fullName.getSegmentCount() > imported.getSegmentCount()
				&& (isIgnoreCase() ? fullName.startsWithIgnoreCase(imported) : fullName.startsWith(imported));
		if (member) {
			return QualifiedName.create(imported.getLastSegment()).append(fullName.skipFirst(imported.getSegmentCount()));
		}
		return super.deresolve(fullName);
	}

	private boolean matches(String segment, String importedSegment) {
		return isIgnoreCase() ? segment.equalsIgnoreCase(importedSegment) : segment.equals(importedSegment);
	}
}
