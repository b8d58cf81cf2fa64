// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

import {MinimalProxy} from "./MinimalProxy.sol";
import {SlaAgreement} from "./SlaAgreement.sol";
import {SlaTerms} from "./SlaTerms.sol";
import {WitnessPool} from "./WitnessPool.sol";

/// @title Creates SLA agreements as EIP-1167 clones of one implementation, with their witness pool.
/// @notice The clone's address is CREATE2 from the hash of all the terms (text hash, parties, amounts, times,
///         committee): the address commits to every term, the same terms give one agreement only, and a consent
///         signature cannot be replayed.
contract SlaFactory {
    uint256 private constant HALF_CURVE_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    SlaAgreement public immutable implementation;
    WitnessPool public immutable pool;
    bytes32 private immutable cloneCodeHash;

    event SlaProposed(address indexed agreement, address indexed provider, address indexed customer,
        bytes32 termsHash, uint96 price, uint96 witnessFee);

    error NotParty(address caller);
    error BadCommittee(uint8 size, uint8 quorum);
    error BadCompensation(uint16 compensationBps);
    error BadTerms();
    error WrongValue(uint256 sent, uint256 expected);
    error BadConsent(address signer);
    error AgreementExists(address agreement);

    error PoolAddressMismatch(address created, address predicted);

    constructor(uint80 minWitnessStake, uint32 witnessWarmupBlocks) {
        // The template needs the pool's address and the pool the template's code hash (both immutable, so no
        // agreement pays a storage read for them): the template is created first (this contract's nonce 1)
        // with the address CREATE gives the pool next (nonce 2).
        address predictedPool = address(uint160(uint256(keccak256(abi.encodePacked(hex"d694", address(this), hex"02")))));
        implementation = new SlaAgreement(WitnessPool(predictedPool));
        pool = new WitnessPool(minWitnessStake, witnessWarmupBlocks, address(implementation));
        if (address(pool) != predictedPool) revert PoolAddressMismatch(address(pool), predictedPool);
        cloneCodeHash = keccak256(MinimalProxy.creationCode(address(implementation)));
    }

    /// Proposes an agreement; the caller (provider or customer) signs by proposing, the customer with the
    /// escrow as msg.value. A customer may bring the provider's consent (see consentDigest) and so create an
    /// active agreement in one transaction.
    function propose(SlaTerms calldata t, bytes calldata providerConsent) external payable returns (address agreement) {
        _check(t);
        uint8 signed;
        uint256 expected;
        if (msg.sender == t.provider) {
            signed = 1;
        } else if (msg.sender == t.customer) {
            signed = 2;
            expected = uint256(t.price) + t.witnessFee;
        } else {
            revert NotParty(msg.sender);
        }
        if (msg.value != expected) revert WrongValue(msg.value, expected);
        bytes32 salt = saltOf(t);
        agreement = MinimalProxy.predict(cloneCodeHash, address(this), salt);
        if (agreement.code.length != 0) revert AgreementExists(agreement);
        if (providerConsent.length != 0) {
            address signer = _recover(consentDigest(t), providerConsent);
            if (signed != 2 || signer != t.provider) revert BadConsent(signer);
            signed |= 1;
        }
        MinimalProxy.clone(address(implementation), salt);
        emit SlaProposed(agreement, t.provider, t.customer, t.termsHash, t.price, t.witnessFee);
        SlaAgreement(agreement).initialize{value: msg.value}(t, signed);
    }

    /// The agreement `propose` would create for these terms.
    function agreementOf(SlaTerms calldata t) external view returns (address) {
        return MinimalProxy.predict(cloneCodeHash, address(this), saltOf(t));
    }

    /// What the provider signs (EIP-191 personal message of 32 bytes) to consent to exactly these terms on this
    /// chain and this factory.
    function consentDigest(SlaTerms calldata t) public view returns (bytes32) {
        bytes32 message = keccak256(abi.encode("ALLSTAR SLA consent", block.chainid, address(this), t));
        return keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", message));
    }

    function saltOf(SlaTerms calldata t) public pure returns (bytes32) {
        return keccak256(abi.encode(t));
    }

    function _check(SlaTerms calldata t) private pure {
        if (t.committeeSize == 0 || t.committeeSize > 8 || t.quorum > t.committeeSize || 2 * uint16(t.quorum) <= t.committeeSize) {
            revert BadCommittee(t.committeeSize, t.quorum);
        }
        if (t.compensationBps > 10000) revert BadCompensation(t.compensationBps);
        if (t.price == 0 || t.duration == 0 || t.signWindow == 0 || t.revealWindow == 0 || t.provider == t.customer
            || t.provider == address(0) || t.customer == address(0)) revert BadTerms();
    }

    function _recover(bytes32 digest, bytes calldata signature) private pure returns (address) {
        if (signature.length != 65) return address(0);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (v < 27) v += 27;
        // reject the malleable twin (s in the upper half) so one consent has exactly one signature
        if (uint256(s) > HALF_CURVE_ORDER || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }
}
