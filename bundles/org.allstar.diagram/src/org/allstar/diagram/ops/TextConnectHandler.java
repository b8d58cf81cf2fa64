// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

/** A palette tool that joins two different elements by a text edit; an edge to itself is refused before any edit. */
abstract class TextConnectHandler extends TextCreateHandler<CreateEdgeOperation> {

	private final String selfLoopRefusal;

	/** @param selfLoopRefusal what the user is told when the edge has no source or ends where it starts */
	protected TextConnectHandler(String elementTypeId, String label, String selfLoopRefusal) {
		super(elementTypeId, label);
		this.selfLoopRefusal = selfLoopRefusal;
	}

	@Override
	public final Optional<Command> createCommand(CreateEdgeOperation operation) {
		String from = operation.getSourceElementId();
		String to = operation.getTargetElementId();
		if (from == null || from.equals(to)) {
			edits.refuse(selfLoopRefusal);
			return Optional.empty();
		}
		return connect(from, to);
	}

	/** The edit that joins {@code from} to {@code to}, two different element ids. */
	protected abstract Optional<Command> connect(String from, String to);
}
