// SPDX-License-Identifier: EPL-2.0
// How ALLSTAR's element types look. The server sizes each node for its lines and each label for its text, and puts
// each node label on its line (org.allstar.diagram.graph.Shapes: GLSP's client layout is off, so the page draws the
// model as it comes, once). With GLSP's client layout (the benchmark's baseline) node labels come unplaced, and the
// label view puts each on its line with the same metrics.
import { injectable } from 'inversify';
import {
  EditableLabel, GChildElement, GLabel, GLabelView, GModelElement, GNode, GParentElement, isEditableLabel, RenderingContext,
  RoundedCornerNodeView, withEditLabelFeature
} from '@eclipse-glsp/client';
import { h, VNode } from 'snabbdom';

/**
 * Copies of Shapes.PADDING, Shapes.LINE_HEIGHT and Shapes.CHAR_WIDTH on the server (to place unplaced labels, and
 * for a gauge's bar).
 */
const PADDING = 10;
const LINE_HEIGHT = 18;
const CHAR_WIDTH = 7.5;
/** Copy of Shapes.ICON_WIDTH: the room the server left for each icon at the right of a component's first line. */
const ICON_WIDTH = 16;

const SVG = 'http://www.w3.org/2000/svg';
const DATA_BADGE = 'label:data';
const EDGE_LABEL = 'label:edge';

/** Line and column of a node label: data badges share one line, every other label has its own. */
export function placeOf(label: GLabel): { x: number; y: number } {
  // by type, not class: the parent's children are whatever the model factory made of the server's labels
  const siblings = (label.parent as GParentElement).children.filter(
    (c: GModelElement) => c.type.startsWith('label:') && c.type !== EDGE_LABEL) as GLabel[];
  const lines = siblings.filter(s => s.type !== DATA_BADGE);
  const badges = siblings.filter(s => s.type === DATA_BADGE);
  if (label.type !== DATA_BADGE) {
    return { x: PADDING, y: PADDING + Math.max(0, lines.findIndex(s => s.id === label.id)) * LINE_HEIGHT };
  }
  const before = badges.slice(0, Math.max(0, badges.findIndex(b => b.id === label.id))).reduce((w, b) => w + (b.text.length + 2) * CHAR_WIDTH, 0);
  return { x: PADDING + before, y: PADDING + lines.length * LINE_HEIGHT };
}

/**
 * The text of a label starts at its box's left (CSS class allstar-text; GLSP's style centres it, where Sprotty's
 * placement of edge labels and GLSP's measuring assume it starts there), so a node's line starts at the left of its
 * line and an edge label sits beside its edge, whatever the server's guess of its width.
 */
function startingAtTheLeft(text: VNode | undefined): VNode | undefined {
  if (text) {
    text.data = { ...text.data, class: { ...text.data?.class, 'allstar-text': true } };
  }
  return text;
}

/** A label on an edge, placed by its edge placement (Sprotty's EdgeLayoutPostprocessor) from its server size. */
@injectable()
export class EdgeLabelView extends GLabelView {
  override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
    return startingAtTheLeft(super.render(label, context));
  }
}

/**
 * A line of a node: one text, which Sprotty moves to the label's position, when the server placed it (Shapes.placeLines);
 * placed on its line by placeOf when it came unplaced.
 */
@injectable()
export class NodeLabelView extends GLabelView {
  override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
    const text = startingAtTheLeft(super.render(label, context));
    if (!text || isPlaced(label)) {
      return text;
    }
    if (context.targetKind === 'hidden' && isUnaligned(label)) {
      // only with GLSP's client layout (the benchmark's baseline): measured as it is, GLSP then aligns the label's
      // top-left corner with its position; lines are added after. The server's labels come aligned (Shapes.BASELINE),
      // and the hidden render of an export draws them on their lines.
      return text;
    }
    const place = placeOf(label as GLabel);
    // the outer group takes the label's own (zero) position from Sprotty; the inner one puts it on its line
    return h('g', { ns: SVG }, [h('g', { ns: SVG, attrs: { transform: `translate(${place.x}, ${place.y})` } }, [text])]);
  }
}

/** Placed by the server: every line starts Shapes.PADDING from its node's left, so no placed label is at x 0. */
function isPlaced(label: Readonly<GLabel>): boolean {
  return label.position.x !== 0;
}

/**
 * A capacity gauge of a node (InfrastructureGraph's label:gauge, "CPU 8 / 16 cores"): its text on a bar across its
 * node's line, filled to the share in use (the server's argument ratio), red past the capacity (CSS class
 * over-capacity). Unplaced (GLSP's client layout) it is a plain line.
 */
@injectable()
export class GaugeView extends NodeLabelView {
  override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
    const text = super.render(label, context);
    if (!text || !isPlaced(label)) {
      return text;
    }
    const width = Math.max(0, (label.parent as GNode).size.width - 2 * PADDING) + 4;
    const ratio = Number((label as { args?: Record<string, unknown> }).args?.ratio ?? 0);
    const filled = width * Math.min(Math.max(Number.isFinite(ratio) ? ratio : 0, 0), 1);
    // the label's origin is its text's baseline (Sprotty moves it by its alignment): the bar spans the line around it
    const bar = { x: -2, y: 2 - label.alignment.y, height: LINE_HEIGHT - 4 };
    return h('g', { ns: SVG, class: { 'allstar-gauge': true } }, [
      h('rect', { ns: SVG, class: { 'allstar-gauge-track': true }, attrs: { ...bar, width } }),
      h('rect', { ns: SVG, class: { 'allstar-gauge-fill': true }, attrs: { ...bar, width: filled } }),
      text
    ]);
  }
}

function isUnaligned(label: Readonly<GLabel>): boolean {
  return label.alignment.x === 0 && label.alignment.y === 0;
}

/** The icons of a component, by its CSS classes from the server: a codicon glyph (the page loads their font) each. */
const COMPONENT_ICONS: { cssClass: string; glyph: string; title: string }[] = [
  { cssClass: 'accelerator-required', glyph: '\ueabe', title: 'needs an accelerator' },
  { cssClass: 'accelerator-preferred', glyph: '\ueabe', title: 'prefers an accelerator' },
  { cssClass: 'isolation-container', glyph: '\ueb29', title: 'runs isolated in a container' },
  { cssClass: 'isolation-vm', glyph: '\ueb50', title: 'runs isolated in a virtual machine' },
  { cssClass: 'isolation-enclave', glyph: '\uea75', title: 'runs isolated in an enclave' }
];

/** A component: its box, and at the right of its first line an icon for its accelerator need and its isolation. */
@injectable()
export class ComponentView extends RoundedCornerNodeView {
  override render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
    const drawn = super.render(node, context);
    const icons = COMPONENT_ICONS.filter(icon => node.cssClasses?.includes(icon.cssClass));
    if (!drawn || icons.length === 0) {
      return drawn;
    }
    icons.forEach((icon, index) => {
      const x = node.size.width - PADDING - (icons.length - index) * ICON_WIDTH + 2;
      drawn.children = [...(drawn.children ?? []), h('text', {
        ns: SVG, class: { 'allstar-icon': true, [icon.cssClass]: true }, attrs: { x, y: PADDING + 13 }
      }, [h('title', { ns: SVG }, icon.title), icon.glyph])];
    });
    return drawn;
  }
}

/** A component, node or provider: F2 on it edits its name label in place (DiagramTypes.NAME on the server). */
export class NamedNode extends GNode {
  static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];

  get editableLabel(): (GChildElement & EditableLabel) | undefined {
    const label = this.children.find(child => child.type === 'label:name');
    return label && isEditableLabel(label) ? label : undefined;
  }
}
