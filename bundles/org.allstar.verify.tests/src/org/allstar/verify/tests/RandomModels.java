// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.allstar.model.AllstarPackage;
import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Placement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Random models for property tests, built reflectively from the metamodel, so every feature of every class gets
 * random values, including the awkward ones: missing values, zero and negative numbers, units of the wrong
 * dimension or no unit, unresolved references (proxies), empty lists, self references. Placements mostly name
 * components of their deployment's application, so the rules get past their first checks.
 */
final class RandomModels {

	private static final AllstarPackage PACKAGE = AllstarPackage.eINSTANCE;
	private static final String[] UNITS = { "ms", "s", "min", "h", "GB", "MB", "GiB", "core", "cores", "%", "EUR/h",
			"EUR/month", "W", "kW", "Mbps", "Gbps", "ETH", "bogus", "", null };
	private static final String[] STRINGS = { "a", "b", "EU", "EEA", "pt-norte", "us-east-1", "de", "x.y", "", null };
	private static final BigDecimal[] NUMBERS = { BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"),
			new BigDecimal("0.5"), new BigDecimal("99.9"), new BigDecimal("100"), new BigDecimal("150"),
			new BigDecimal("1E+9"), new BigDecimal("0.000001"), null };
	private static final List<EClass> ELEMENTS = List.of(PACKAGE.getProvider(), PACKAGE.getParticipant(),
			PACKAGE.getNetwork(), PACKAGE.getDataClass(), PACKAGE.getApplication(), PACKAGE.getDeployment(),
			PACKAGE.getSla());

	private final Random random;
	private final List<EObject> created = new ArrayList<>();

	RandomModels(long seed) {
		random = new Random(seed);
	}

	/** One to three models whose objects refer to each other at random. */
	List<Model> models() {
		List<Model> models = new ArrayList<>();
		for (int m = 0, count = 1 + random.nextInt(3); m < count; m++) {
			Model model = (Model) EcoreUtil.create(PACKAGE.getModel());
			model.setName("p" + m);
			for (int e = 0, elements = random.nextInt(12); e < elements; e++) {
				model.getElements().add((org.allstar.model.Element) fill(ELEMENTS.get(random.nextInt(ELEMENTS.size())), 0));
			}
			models.add(model);
		}
		for (EObject object : List.copyOf(created)) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable()) {
					refer(object, reference);
				}
			}
		}
		return models;
	}

	List<Deployment> deployments(List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Deployment.class::isInstance)
				.map(Deployment.class::cast).toList();
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private EObject fill(EClass eClass, int depth) {
		EObject object = EcoreUtil.create(eClass);
		created.add(object);
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute.isChangeable() && random.nextInt(4) > 0) {
				setAttribute(object, attribute);
			}
		}
		for (EReference reference : eClass.getEAllReferences()) {
			if (reference.isContainment() && depth < 4 && random.nextInt(3) > 0) {
				int count = reference.isMany() ? random.nextInt(5) : 1;
				for (int i = 0; i < count; i++) {
					EClass type = concrete(reference.getEReferenceType());
					if (type != null) {
						add(object, reference, fill(type, depth + 1));
					}
				}
			}
		}
		return object;
	}

	private void setAttribute(EObject object, EAttribute attribute) {
		int count = attribute.isMany() ? random.nextInt(4) : 1;
		for (int i = 0; i < count; i++) {
			Object value = attribute == PACKAGE.getQuantity_Unit() ? UNITS[random.nextInt(UNITS.length)]
					: value(attribute.getEAttributeType());
			if (value != null || !attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
				add(object, attribute, value);
			}
		}
	}

	private Object value(EClassifier type) {
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
		}
		Class<?> kind = type.getInstanceClass();
		if (kind == BigDecimal.class) {
			return NUMBERS[random.nextInt(NUMBERS.length)];
		}
		if (kind == int.class || kind == Integer.class) {
			return random.nextInt(8) - 2;
		}
		if (kind == boolean.class || kind == Boolean.class) {
			return random.nextBoolean();
		}
		if (kind == String.class) {
			return random.nextInt(5) == 0 ? UNITS[random.nextInt(UNITS.length)] : STRINGS[random.nextInt(STRINGS.length)];
		}
		return null;
	}

	private void refer(EObject object, EReference reference) {
		EClass type = reference.getEReferenceType();
		int count = reference.isMany() ? random.nextInt(4) : 1;
		for (int i = 0; i < count; i++) {
			EObject target = pick(object, reference, type);
			if (target != null) {
				add(object, reference, target);
			}
		}
	}

	private EObject pick(EObject from, EReference reference, EClass type) {
		if (random.nextInt(12) == 0) {
			EClass concrete = concrete(type);
			if (concrete == null) {
				return null;
			}
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(concrete);
			proxy.eSetProxyURI(URI.createURI("unresolved.allstar#//" + random.nextInt(100)));
			return proxy;
		}
		if (from instanceof Placement placement && reference == PACKAGE.getPlacement_Component()
				&& placement.eContainer() instanceof Deployment deployment && deployment.getApplication() != null
				&& !deployment.getApplication().getComponents().isEmpty() && random.nextInt(5) > 0) {
			var components = deployment.getApplication().getComponents();
			return components.get(random.nextInt(components.size()));
		}
		List<EObject> candidates = created.stream().filter(type::isInstance).toList();
		return candidates.isEmpty() || random.nextInt(10) == 0 ? null
				: candidates.get(random.nextInt(candidates.size()));
	}

	private EClass concrete(EClass type) {
		List<EClass> classes = PACKAGE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(c -> !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c))
				.toList();
		return classes.isEmpty() ? null : classes.get(random.nextInt(classes.size()));
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject object, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			((List<Object>) object.eGet(feature)).add(value);
		} else {
			object.eSet(feature, value);
		}
	}
}
