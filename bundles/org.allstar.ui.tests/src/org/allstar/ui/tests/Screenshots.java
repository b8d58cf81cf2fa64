// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** The screenshots UI tests leave for review, in the folder the test harness names (allstar.test.screenshots). */
public final class Screenshots {

	private Screenshots() {
	}

	/** Writes a PNG of what {@code area} of the display shows now and returns where it went. */
	public static Path save(Display display, Rectangle area, String name) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		Path file = Path.of(System.getProperty("allstar.test.screenshots", "target"), name);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
