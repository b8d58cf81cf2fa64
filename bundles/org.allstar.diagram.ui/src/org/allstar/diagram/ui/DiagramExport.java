// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.swing.JComponent;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;

/**
 * Writes a diagram's SVG (made by the GLSP client in the page) as an SVG or PNG file. PNG is drawn in Java from that
 * SVG with JSVG, the platform's own SVG renderer for its icons, so the two files show the same drawing. Each file is
 * written whole or not at all (a temporary file in the target's folder, then moved over the target).
 */
public final class DiagramExport {

	/** A diagram larger than this (in either direction) is scaled down to it in the PNG. */
	static final int MAX_PNG_SIDE = 8_000;
	/** PNG pixels per SVG unit: twice the screen's, for sharp text when zoomed or printed. */
	private static final double PNG_SCALE = 2;

	private DiagramExport() {
	}

	/** The SVG as it is, UTF-8. */
	public static void writeSvg(String svg, Path target) throws IOException {
		writeAtomically(target, svg.getBytes(StandardCharsets.UTF_8));
	}

	/** The SVG drawn on white. */
	public static void writePng(String svg, Path target) throws IOException {
		writeAtomically(target, png(svg));
	}

	static byte[] png(String svg) throws IOException {
		SVGDocument document = parse(svg);
		FloatSize size = document.size();
		double scale = Math.min(PNG_SCALE, MAX_PNG_SIDE / Math.max(1, Math.max(size.width, size.height)));
		int width = Math.max(1, (int) Math.ceil(size.width * scale));
		int height = Math.max(1, (int) Math.ceil(size.height * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.scale(scale, scale);
			document.render((JComponent) null, graphics);
		} finally {
			graphics.dispose();
		}
		return encodePng(image);
	}

	private static SVGDocument parse(String svg) throws IOException {
		// the page's SVG never refers to other files; refusing them keeps an exported diagram from reading any
		LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
		SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
				null, context);
		if (document == null) {
			throw new IOException("The diagram's SVG could not be read for the PNG (" + svg.length()
					+ " characters); export it as SVG instead and report this diagram.");
		}
		return document;
	}

	/** Through SWT's encoder: it is the workbench's own, and needs no javax.imageio in the bundle's imports. */
	private static byte[] encodePng(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			data.setPixels(0, y, width, rgbOnly(row), 0);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_PNG);
		return out.toByteArray();
	}

	private static int[] rgbOnly(int[] argb) {
		int[] rgb = new int[argb.length];
		for (int i = 0; i < argb.length; i++) {
			rgb[i] = argb[i] & 0xFFFFFF;
		}
		return rgb;
	}

	private static void writeAtomically(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
