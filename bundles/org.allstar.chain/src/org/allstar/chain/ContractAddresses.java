// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.allstar.chain.contracts.KnowledgeMesh;
import org.allstar.chain.contracts.SlaFactory;
import org.web3j.tx.gas.DefaultGasProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Where ALLSTAR's contracts live on one chain: the SLA factory, its witness pool and the knowledge mesh. */
public record ContractAddresses(long chainId, String factory, String pool, String mesh, long deployedAtBlock) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Deploys the knowledge mesh and the SLA factory (which creates its witness pool and agreement template).
     * A witness can be drawn {@code witnessWarmupBlocks} blocks after it went online (1 on a local chain,
     * where every transaction is a block; more on a public one).
     */
    public static ContractAddresses deploy(Transactions tx, Account deployer, BigInteger minWitnessStake,
            int witnessWarmupBlocks) {
        var manager = tx.manager(deployer);
        var web3j = tx.chain().web3j();
        long block = tx.chain().blockNumber();
        try {
            KnowledgeMesh mesh = Contracts.send(() -> KnowledgeMesh.deploy(web3j, manager, new DefaultGasProvider()).send());
            SlaFactory factory = Contracts.send(() ->
                    SlaFactory.deploy(web3j, manager, new DefaultGasProvider(), minWitnessStake,
                    BigInteger.valueOf(witnessWarmupBlocks)).send());
            String pool = Contracts.send(() -> factory.pool().send());
            return new ContractAddresses(tx.chain().chainId(), Account.checksum(factory.getContractAddress()),
                    Account.checksum(pool), Account.checksum(mesh.getContractAddress()), block);
        } catch (ChainException e) {
            throw new ChainException("deploying ALLSTAR's contracts failed: " + e.getMessage(), e.error(), e);
        }
    }

    /** Reads the addresses saved for this chain id in a workspace file; empty when there are none. */
    public static Optional<ContractAddresses> read(Path file, long chainId) {
        if (!Files.exists(file)) return Optional.empty();
        try {
            JsonNode node = JSON.readTree(file.toFile()).path(Long.toString(chainId));
            if (node.isMissingNode()) return Optional.empty();
            return Optional.of(new ContractAddresses(chainId, node.path("factory").asText(), node.path("pool").asText(),
                    node.path("mesh").asText(), node.path("deployedAtBlock").asLong()));
        } catch (IOException e) {
            throw new ChainException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves these addresses under their chain id, keeping the other chains' entries; written atomically. */
    public void write(Path file) {
        try {
            var root = Files.exists(file) ? (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(file.toFile())
                    : JSON.createObjectNode();
            root.putObject(Long.toString(chainId)).put("factory", factory).put("pool", pool).put("mesh", mesh)
                    .put("deployedAtBlock", deployedAtBlock);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ChainException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
