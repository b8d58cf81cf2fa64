// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;

/**
 * A document whose positions are read and changed under one lock, shared with its annotation model
 * ({@link AtomicFileDocumentProvider}). Problem markers change in background threads (the editor's marker job, the
 * workspace builder), and the marker annotation model then adds and removes positions in those threads while the UI
 * thread iterates them to paint: without a shared lock that iteration fails with a ConcurrentModificationException
 * and the check it was showing is lost.
 */
final class LockedDocument extends Document implements ISynchronizable {

	private Object lock = this;

	@Override
	public synchronized void setLockObject(Object lockObject) {
		lock = lockObject == null ? this : lockObject;
	}

	@Override
	public synchronized Object getLockObject() {
		return lock;
	}

	@Override
	public void addPosition(String category, Position position)
			throws BadLocationException, BadPositionCategoryException {
		synchronized (getLockObject()) {
			super.addPosition(category, position);
		}
	}

	@Override
	public void removePosition(String category, Position position) throws BadPositionCategoryException {
		synchronized (getLockObject()) {
			super.removePosition(category, position);
		}
	}

	@Override
	public Position[] getPositions(String category) throws BadPositionCategoryException {
		synchronized (getLockObject()) {
			return super.getPositions(category);
		}
	}

	@Override
	public Position[] getPositions(String category, int offset, int length, boolean canStartBefore,
			boolean canEndAfter) throws BadPositionCategoryException {
		synchronized (getLockObject()) {
			return super.getPositions(category, offset, length, canStartBefore, canEndAfter);
		}
	}

	/** A text change moves every position (the position updaters iterate them), so it holds the lock too. */
	@Override
	public void replace(int offset, int length, String text, long modificationStamp) throws BadLocationException {
		synchronized (getLockObject()) {
			super.replace(offset, length, text, modificationStamp);
		}
	}

	@Override
	public void replace(int offset, int length, String text) throws BadLocationException {
		synchronized (getLockObject()) {
			super.replace(offset, length, text);
		}
	}

	@Override
	public void set(String text, long modificationStamp) {
		synchronized (getLockObject()) {
			super.set(text, modificationStamp);
		}
	}

	@Override
	public void set(String text) {
		synchronized (getLockObject()) {
			super.set(text);
		}
	}
}
