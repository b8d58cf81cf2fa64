// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes the placement benchmark of the capacity planner as ALLSTAR-ML: edge providers at real base-station sites of
 * Melbourne's CBD (the EUA data set, see data/eua/SOURCE.md), four cloud regions, a backbone whose latencies follow
 * great-circle distance, and one application "Workload" whose components and flows are drawn from a seed.
 * <p>
 * The instance is meant to be feasible for the benchmark sizes (about ten nodes per component): every provider
 * offers every node type of its tier, so every component has nodes that meet all its needs, in Australia and within
 * 1.7 ms of every edge site; a bound of 3 ms joins only components that may both run at the edge; a path
 * requirement of 80 ms is nine times Melbourne to Sydney; the budget cannot bind. The same arguments always give
 * the same text (java.util.Random is specified exactly, and distances use StrictMath).
 */
public final class PlanBenchmarkModel {

	/** The EUA sites, a resource of this bundle (build.properties lists data/, so jars and OSGi both have it). */
	static final String SITES = "data/eua/site-optus-melbCBD.csv";

	/**
	 * Fewer nodes cannot give every provider one node of each of its types: 4 cloud regions of 4 types need 16 cloud
	 * nodes, and 30 % of 60 is 18.
	 */
	public static final int MIN_NODES = 60;

	/** A latency requirement follows a path of three components. */
	public static final int MIN_COMPONENTS = 3;

	private static final double EDGE_SHARE = 0.7;
	/** One edge site per this many nodes, between 4 and all 125 sites. */
	private static final int NODES_PER_SITE = 40;
	private static final int MIN_SITES = 4;
	/** Each site links to this many nearest others, like a metro ring with shortcuts. */
	private static final int NEAREST_SITES = 3;
	private static final double EARTH_RADIUS_KM = 6371.0;
	/** Hours in the month of the unit table (730 h), for the budget. */
	private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
	/** The dearest a provider's seeded price factor can be. */
	private static final BigDecimal MAX_PRICE_FACTOR = new BigDecimal("1.1");

	private static final String[] CPUS = { "0.25", "0.5", "1", "2", "4" };
	private static final String[] MEMORIES = { "0.5", "1", "2", "4", "8" };
	private static final int[] FLOW_MBPS = { 1, 5, 10, 20 };
	private static final int[] FLOW_BOUNDS_MS = { 3, 5, 10, 20, 50 };
	/** Within Australia every path of three components takes far less (Sydney is 9 ms from the CBD). */
	private static final int PATH_BOUND_MS = 80;

	/**
	 * A kind of node: its text apart from name and price, its base price in EUR/h and its share of a provider's
	 * nodes. Nodes of one type at one provider print the same apart from the name, so a planner can pool them.
	 */
	private record NodeType(String name, double share, String hardware, BigDecimal price, String rest) {

		String text(int index, BigDecimal factor) {
			String price = this.price.multiply(factor).stripTrailingZeros().toPlainString();
			return "  node " + name + "_" + index + " { " + hardware + " price " + price + " EUR/h " + rest + " }\n";
		}
	}

	private static NodeType type(String name, double share, String hardware, String price, String availability,
			int watts) {
		return new NodeType(name, share, hardware, new BigDecimal(price),
				"availability " + availability + " % power " + watts + " W");
	}

	/** Edge boxes: GPUs and enclaves (TrustZone) only on the arm64 Jetson. Node memory before the accelerator's. */
	private static final List<NodeType> EDGE_TYPES = List.of(
			type("small", 0.60, "cpu 4 cores memory 8 GB arch arm64", "0.05", "99.0", 30),
			type("gpu", 0.15, "cpu 8 cores memory 16 GB arch arm64 accelerator gpu nvidia \"Jetson Orin\" count 1"
					+ " memory 32 GB isolation trustzone", "0.12", "99.0", 60),
			type("x86", 0.25, "cpu 8 cores memory 32 GB arch amd64", "0.09", "99.0", 80));

	private static final List<NodeType> CLOUD_TYPES = List.of(
			type("c4", 0.40, "cpu 4 cores memory 16 GB arch amd64", "0.17", "99.95", 90),
			type("c16", 0.30, "cpu 16 cores memory 64 GB arch amd64", "0.68", "99.95", 250),
			type("g16", 0.15, "cpu 16 cores memory 64 GB arch amd64 accelerator gpu nvidia \"A10G\" count 1"
					+ " memory 24 GB isolation sgx", "1.21", "99.95", 350),
			type("sev8", 0.15, "cpu 8 cores memory 32 GB arch amd64 isolation sev", "0.34", "99.95", 120));

	/** A provider: where it is, its region's price factor and the node types it offers. */
	private record Place(String name, boolean cloud, String region, BigDecimal latitude, BigDecimal longitude,
			BigDecimal regionFactor, List<NodeType> types) {
	}

	private static Place cloud(String name, String region, String latitude, String longitude, String factor) {
		return new Place(name, true, region, new BigDecimal(latitude), new BigDecimal(longitude),
				new BigDecimal(factor), CLOUD_TYPES);
	}

	/** MelbourneCloud is about 20 km out of the CBD, like a suburban data centre. */
	private static final List<Place> CLOUDS = List.of(
			cloud("MelbourneCloud", "au-southeast-1", "-37.70", "144.80", "1.0"),
			cloud("SydneyCloud", "au-southeast-2", "-33.87", "151.21", "1.0"),
			cloud("SingaporeCloud", "ap-southeast-1", "1.35", "103.82", "0.9"),
			cloud("OregonCloud", "us-west-2", "45.52", "-122.68", "0.8"));

	/** One EUA site: its id and position. */
	private record Site(String id, BigDecimal latitude, BigDecimal longitude) {
	}

	/** Read once per JVM: a benchmark generates many instances. */
	private static final class Sites {
		static final List<Site> ALL = readSites();
	}

	/** One component as drawn; {@code arm64} says it has the arm64 image variant. */
	private record Part(int index, String cpu, String memory, boolean arm64, boolean gpu, boolean edge,
			boolean personal, boolean enclave) {

		/** Without the arm64 image it cannot use the edge's only GPUs and enclaves, the Jetson boxes. */
		boolean cloudOnly() {
			return (gpu || enclave) && !arm64;
		}
	}

	/** A flow with its bandwidth in Mbps and its latency bound in ms, 0 when it has none. */
	private record FlowSpec(int from, int to, int mbps, int boundMs) {
	}

	private PlanBenchmarkModel() {
	}

	/**
	 * ALLSTAR-ML text of one file (package "planbench") holding providers, one network, data classes and one
	 * application "Workload" of {@code components} components, placed on exactly {@code nodes} nodes.
	 */
	public static String text(int components, int nodes, long seed) {
		if (components < MIN_COMPONENTS || nodes < MIN_NODES) {
			throw new IllegalArgumentException("a placement benchmark needs at least " + MIN_COMPONENTS
					+ " components and " + MIN_NODES + " nodes (asked for " + components + " and " + nodes + ")");
		}
		Random random = new Random(seed);
		List<Place> places = places(nodes, random);
		StringBuilder text = new StringBuilder(nodes * 140 + components * 180 + 100_000);
		header(text, components, nodes, seed);
		int[] counts = nodeCounts(places, nodes);
		for (int p = 0; p < places.size(); p++) {
			provider(text, places.get(p), counts[p], random);
		}
		network(text, places);
		application(text, components, random);
		return text.toString();
	}

	private static void header(StringBuilder text, int components, int nodes, long seed) {
		text.append("// Placement benchmark of the capacity planner: ").append(components).append(" components, ")
				.append(nodes).append(" nodes, seed ").append(seed).append(" (PlanBenchmarkModel).\n")
				.append("// Edge sites: EUA data set (PhuLai/eua-dataset, MIT License), base stations in Melbourne's")
				.append(" CBD.\n")
				.append("package planbench\n\n")
				.append("data personal sensitivity personal residency \"AU\"\n")
				.append("data telemetry sensitivity internal\n\n");
	}

	// ---------------------------------------------------------------- providers and nodes

	/** The edge sites (a seeded sample of the EUA sites, in file order), then the cloud regions. */
	private static List<Place> places(int nodes, Random random) {
		List<Site> all = Sites.ALL;
		int count = Math.min(all.size(), Math.max(MIN_SITES, nodes / NODES_PER_SITE));
		List<Integer> order = new ArrayList<>(IntStream.range(0, all.size()).boxed().toList());
		Collections.shuffle(order, random);
		List<Place> places = new ArrayList<>();
		order.subList(0, count).stream().sorted().map(all::get).forEach(site -> places.add(new Place(
				"Site" + site.id(), false, "au-melbourne", site.latitude(), site.longitude(), BigDecimal.ONE,
				EDGE_TYPES)));
		places.addAll(CLOUDS);
		return places;
	}

	/** 70 % of the nodes spread evenly over the edge sites, the rest evenly over the clouds; {@code nodes} in all. */
	private static int[] nodeCounts(List<Place> places, int nodes) {
		int edge = (int) Math.round(nodes * EDGE_SHARE);
		int sites = places.size() - CLOUDS.size();
		int[] counts = new int[places.size()];
		for (int p = 0; p < places.size(); p++) {
			counts[p] = p < sites ? share(edge, sites, p) : share(nodes - edge, CLOUDS.size(), p - sites);
		}
		return counts;
	}

	/** Part {@code index} of {@code total} cut into {@code parts} pieces that differ by at most one. */
	private static int share(int total, int parts, int index) {
		return total / parts + (index < total % parts ? 1 : 0);
	}

	private static void provider(StringBuilder text, Place place, int nodes, Random random) {
		// each provider prices its nodes a little differently (0.9 to 1.1, to 3 decimals, times the region's factor),
		// so that choosing the cheapest is a real choice
		BigDecimal factor = BigDecimal.valueOf(0.9 + 0.2 * random.nextDouble()).setScale(3, RoundingMode.HALF_UP)
				.multiply(place.regionFactor());
		int[] mix = mix(place.types(), nodes, random);
		text.append("provider ").append(place.name()).append(" {\n  kind ").append(place.cloud() ? "cloud" : "edge")
				.append("\n  region \"").append(place.region()).append("\"\n  location ")
				.append(place.latitude().toPlainString()).append(", ").append(place.longitude().toPlainString())
				.append('\n');
		for (int t = 0; t < mix.length; t++) {
			for (int i = 0; i < mix[t]; i++) {
				text.append(place.types().get(t).text(i, factor));
			}
		}
		text.append("}\n\n");
	}

	/**
	 * How many nodes of each type a provider of {@code nodes} nodes has: one of each first, so that every provider
	 * offers every type (which keeps every component placeable and its partners near), then the types' shares, and
	 * the few left over drawn by the seed. MIN_NODES makes {@code nodes} at least the number of types.
	 */
	private static int[] mix(List<NodeType> types, int nodes, Random random) {
		int[] counts = new int[types.size()];
		int rest = nodes - types.size();
		int given = 0;
		for (int t = 0; t < counts.length; t++) {
			counts[t] = 1 + (int) (types.get(t).share() * rest);
			given += counts[t];
		}
		for (; given < nodes; given++) {
			counts[drawType(types, random)]++;
		}
		return counts;
	}

	private static int drawType(List<NodeType> types, Random random) {
		double at = random.nextDouble();
		for (int t = 0; t < types.size() - 1; t++) {
			at -= types.get(t).share();
			if (at < 0) {
				return t;
			}
		}
		return types.size() - 1; // the shares may sum to a hair under 1
	}

	// ---------------------------------------------------------------- network

	/**
	 * Links between places (a provider and its nodes are one place): each site to its nearest sites and to every
	 * cloud region, and the cloud regions pairwise. Every site is two links from every other through
	 * MelbourneCloud, so the network is connected whatever the sample.
	 */
	private static void network(StringBuilder text, List<Place> places) {
		List<Place> sites = places.subList(0, places.size() - CLOUDS.size());
		text.append("network backbone {\n");
		for (List<Integer> pair : nearestPairs(sites)) {
			link(text, sites.get(pair.get(0)), sites.get(pair.get(1)), 10);
		}
		for (Place site : sites) {
			for (Place cloud : CLOUDS) {
				link(text, site, cloud, 10);
			}
		}
		for (int a = 0; a < CLOUDS.size(); a++) {
			for (int b = a + 1; b < CLOUDS.size(); b++) {
				link(text, CLOUDS.get(a), CLOUDS.get(b), 100);
			}
		}
		text.append("}\n\n");
	}

	/** Each site with its nearest other sites (ties by file order), each pair once, in the order first found. */
	private static Set<List<Integer>> nearestPairs(List<Place> sites) {
		Set<List<Integer>> pairs = new LinkedHashSet<>();
		for (int a = 0; a < sites.size(); a++) {
			Place from = sites.get(a);
			int self = a;
			// a stable sort keeps file order among equal distances
			List<Integer> nearest = IntStream.range(0, sites.size()).filter(b -> b != self).boxed()
					.sorted(Comparator.comparingDouble(b -> kilometres(from, sites.get(b)))).limit(NEAREST_SITES)
					.toList();
			for (int b : nearest) {
				pairs.add(List.of(Math.min(a, b), Math.max(a, b)));
			}
		}
		return pairs;
	}

	private static void link(StringBuilder text, Place a, Place b, int gbps) {
		text.append("  link ").append(a.name()).append(" <-> ").append(b.name()).append(" latency ")
				.append(latencyMs(a, b).toPlainString()).append(" ms bandwidth ").append(gbps).append(" Gbps\n");
	}

	/**
	 * 0.5 ms of equipment, 0.01 ms per km of fibre, and 1 ms once when either end is a cloud region (its own
	 * network); to 0.01 ms.
	 */
	private static BigDecimal latencyMs(Place a, Place b) {
		double ms = 0.5 + 0.01 * kilometres(a, b) + (a.cloud() || b.cloud() ? 1 : 0);
		return BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP);
	}

	/** Great-circle distance (haversine); StrictMath, so that every JVM rounds the latencies alike. */
	private static double kilometres(Place a, Place b) {
		double lat1 = StrictMath.toRadians(a.latitude().doubleValue());
		double lat2 = StrictMath.toRadians(b.latitude().doubleValue());
		double dLat = lat2 - lat1;
		double dLon = StrictMath.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
		double h = StrictMath.pow(StrictMath.sin(dLat / 2), 2)
				+ StrictMath.cos(lat1) * StrictMath.cos(lat2) * StrictMath.pow(StrictMath.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * StrictMath.asin(StrictMath.min(1, StrictMath.sqrt(h)));
	}

	// ---------------------------------------------------------------- application

	private static void application(StringBuilder text, int count, Random random) {
		List<Part> parts = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			parts.add(part(c, random));
		}
		Flows flows = new Flows(parts, random);
		flows.draw();
		List<int[]> paths = flows.paths(Math.max(1, count / 50));
		text.append("application Workload {\n");
		parts.forEach(part -> component(text, part));
		flows.list.forEach(flow -> flow(text, flow));
		for (int[] path : paths) {
			text.append("  require latency c").append(path[0]).append(" -> c").append(path[1]).append(" -> c")
					.append(path[2]).append(" < ").append(PATH_BOUND_MS).append(" ms\n");
		}
		text.append("  budget ").append(budgetPerComponent() * count).append(" EUR/month\n}\n");
	}

	/** Draws one component; every value is drawn every time, so one choice never shifts the others. */
	private static Part part(int index, Random random) {
		String cpu = CPUS[random.nextInt(CPUS.length)];
		String memory = MEMORIES[random.nextInt(MEMORIES.length)];
		boolean arm64 = random.nextDouble() < 0.6;
		boolean gpu = random.nextDouble() < 0.08;
		boolean edge = random.nextDouble() < 0.2;
		boolean personal = random.nextDouble() < 0.15;
		boolean enclave = random.nextDouble() < 0.04;
		// at the edge only the arm64 Jetson has a GPU and an enclave (TrustZone): such a component gets its image
		return new Part(index, cpu, memory, arm64 || edge && (gpu || enclave), gpu, edge, personal, enclave);
	}

	private static void component(StringBuilder text, Part part) {
		String name = "c" + part.index();
		text.append("  component ").append(name).append(" {\n    image \"bench/").append(name).append(":1\"\n");
		if (part.arm64()) {
			text.append("    variant arm64 \"bench/").append(name).append(":1-arm64\"\n");
		}
		text.append("    cpu ").append(part.cpu()).append(part.cpu().equals("1") ? " core" : " cores")
				.append("\n    memory ").append(part.memory()).append(" GB\n");
		if (part.gpu()) {
			text.append("    accelerator gpu required\n");
		}
		if (part.edge()) {
			text.append("    placement edge\n");
		}
		if (part.enclave()) {
			text.append("    isolation enclave\n");
		}
		if (part.personal()) {
			text.append("    handles personal\n");
		}
		text.append("  }\n");
	}

	private static void flow(StringBuilder text, FlowSpec flow) {
		text.append("  flow c").append(flow.from()).append(" -> c").append(flow.to()).append(" bandwidth ")
				.append(flow.mbps()).append(" Mbps");
		if (flow.boundMs() > 0) {
			text.append(" latency < ").append(flow.boundMs()).append(" ms");
		}
		text.append('\n');
	}

	/**
	 * The budget per component: each component alone on the dearest node there is costs less a month, so no
	 * placement can exceed the budget and the planner minimises cost without it ever binding.
	 */
	private static long budgetPerComponent() {
		BigDecimal dearest = List.of(EDGE_TYPES, CLOUD_TYPES).stream().flatMap(List::stream).map(NodeType::price)
				.max(BigDecimal::compareTo).orElseThrow();
		BigDecimal region = CLOUDS.stream().map(Place::regionFactor).max(BigDecimal::compareTo).orElseThrow()
				.max(BigDecimal.ONE);
		BigDecimal perMonth = dearest.multiply(MAX_PRICE_FACTOR).multiply(region).multiply(HOURS_PER_MONTH);
		return perMonth.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact() * 100;
	}

	/** The flows of the application, drawn in order, and the paths along them that latency requirements follow. */
	private static final class Flows {

		final List<FlowSpec> list = new ArrayList<>();
		/** Only asked, never iterated, so its order cannot leak into the text. */
		private final Set<Long> taken = new HashSet<>();
		private final List<Part> parts;
		private final Random random;

		Flows(List<Part> parts, Random random) {
			this.parts = parts;
			this.random = random;
		}

		/** A random forest (each component from an earlier one, 4 in 5 times) and a quarter as many random extras. */
		void draw() {
			int count = parts.size();
			for (int c = 1; c < count; c++) {
				if (random.nextDouble() < 0.8) {
					add(random.nextInt(c), c);
				}
			}
			long room = (long) count * (count - 1) - list.size();
			for (int extra = count / 4; extra > 0 && room > 0;) {
				int from = random.nextInt(count);
				int to = random.nextInt(count);
				if (from != to && !taken.contains(key(from, to))) {
					add(from, to);
					extra--;
					room--;
				}
			}
		}

		private void add(int from, int to) {
			taken.add(key(from, to));
			int mbps = FLOW_MBPS[random.nextInt(FLOW_MBPS.length)];
			int bound = random.nextDouble() < 0.7 ? FLOW_BOUNDS_MS[random.nextInt(FLOW_BOUNDS_MS.length)] : 0;
			// a cloud-only end is 1.7 ms from the CBD at best (MelbourneCloud) and 8.6 ms when that is full
			// (SydneyCloud): keep 3 ms for pairs that can share an edge site
			if (bound == 3 && (parts.get(from).cloudOnly() || parts.get(to).cloudOnly())) {
				bound = 5;
			}
			list.add(new FlowSpec(from, to, mbps, bound));
		}

		private long key(int from, int to) {
			return (long) from * parts.size() + to;
		}

		/**
		 * Up to {@code wanted} distinct paths a -> b -> c along flows (a is not c), drawn by the seed. A flow graph
		 * without such a path gets the flows c0 -> c1 -> c2, so that there is at least one.
		 */
		List<int[]> paths(int wanted) {
			List<int[]> paths = allPaths();
			if (paths.isEmpty()) {
				for (int c = 0; c < 2; c++) {
					if (!taken.contains(key(c, c + 1))) {
						add(c, c + 1);
					}
				}
				paths = allPaths();
			}
			Collections.shuffle(paths, random);
			return paths.subList(0, Math.min(wanted, paths.size()));
		}

		private List<int[]> allPaths() {
			List<List<Integer>> out = new ArrayList<>();
			parts.forEach(part -> out.add(new ArrayList<>()));
			list.forEach(flow -> out.get(flow.from()).add(flow.to()));
			List<int[]> paths = new ArrayList<>();
			for (FlowSpec first : list) {
				for (int next : out.get(first.to())) {
					if (next != first.from()) {
						paths.add(new int[] { first.from(), first.to(), next });
					}
				}
			}
			return paths;
		}
	}

	// ---------------------------------------------------------------- EUA data

	/** The sites of the EUA file, in file order. */
	private static List<Site> readSites() {
		// the bundle's own class loader: in OSGi it reads the bundle, on a plain class path the jar
		URL url = PlanBenchmarkModel.class.getClassLoader().getResource(SITES);
		if (url == null) {
			throw new IllegalStateException(SITES + " is not on the class path of org.allstar.cli; the bundle must "
					+ "include data/ (bin.includes in build.properties).");
		}
		try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
			String header = in.readLine();
			if (header == null || !header.startsWith("SITE_ID,LATITUDE,LONGITUDE,")) {
				throw new IllegalStateException(SITES + " does not start with SITE_ID,LATITUDE,LONGITUDE.");
			}
			List<Site> sites = new ArrayList<>();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank()) {
					sites.add(site(line));
				}
			}
			return List.copyOf(sites);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + SITES, e);
		}
	}

	/** A CSV row; positions to 6 decimals (10 cm), which hides the file's float noise (-37.816790000000005). */
	private static Site site(String line) {
		String[] fields = line.split(",", -1);
		if (fields.length < 3 || !fields[0].strip().matches("[0-9A-Za-z_]+")) {
			throw new IllegalStateException(SITES + ": cannot read the site in \"" + line + "\".");
		}
		return new Site(fields[0].strip(), coordinate(fields[1]), coordinate(fields[2]));
	}

	private static BigDecimal coordinate(String text) {
		return new BigDecimal(text.strip()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
	}
}
