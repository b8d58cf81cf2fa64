// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

import {SlaTerms} from "./SlaTerms.sol";
import {WitnessPool} from "./WitnessPool.sol";

/// @title One service level agreement, as a minimal-proxy clone created by the SlaFactory.
/// @notice Proposed -> (both parties signed, customer escrowed price + witness fee) -> Active -> Settled,
///         or Proposed -> Cancelled. Every waiting state ends by a deadline, so no money is ever stuck:
///         unsigned proposals can be cancelled by anyone after the sign window; an active agreement can be
///         settled by anyone once the reveal window after its end has passed. Money leaves only through
///         withdraw() (pull payments), after the state that decides it.
///         Witnesses vote with commit-reveal, so nobody can copy another's vote: commit during the agreement,
///         reveal once the whole committee has committed or the agreement has ended (never while a witness
///         could still commit what another revealed), until the end of the reveal window. The reveal that
///         brings the revealed violation votes to the quorum confirms the violation and settles at once.
contract SlaAgreement {
    enum State { None, Proposed, Active, Settled, Cancelled }

    uint8 private constant PROVIDER_SIGNED = 1;
    uint8 private constant CUSTOMER_SIGNED = 2;
    uint8 private constant PROVIDER_PAID = 4;
    uint8 private constant CUSTOMER_PAID = 8;

    address public immutable factory;
    WitnessPool public immutable pool;

    // Storage packed into five slots; the layout is the clones' and never changes.
    address public provider;
    State public state;
    uint8 public flags;
    uint8 public commitMask;
    uint8 public revealMask;
    uint8 public violationMask;
    uint8 public committeeSize;
    uint8 public quorum;
    uint16 public compensationBps;

    address public customer;
    uint96 public price;

    bytes32 public termsHash;

    uint96 public witnessFee;
    uint40 public deadline; // Proposed: end of the sign window; Active: end of the agreement
    uint32 public duration;
    uint24 public revealWindow;
    uint32 public signWindow;

    bytes32 public committeeHash;
    bytes32[8] private commitments; // by committee index; cleared when revealed

    event Signed(address indexed party, uint256 value);
    event Activated(uint40 start, uint40 end); // the committee: WitnessPool's CommitteeDrawn
    event VoteCommitted(address indexed witness);
    event VoteRevealed(address indexed witness, bool violated, bytes32 evidenceHash);
    event Settled(bool violated, uint256 toCustomer, uint256 toProvider, uint256 toWitnesses);
    event Cancelled(address indexed by);
    event Withdrawn(address indexed party, uint256 amount);

    error NotFactory(address caller);
    error AlreadyInitialized();
    error WrongState(State actual);
    error NotParty(address caller);
    error AlreadySigned(address party);
    error WrongValue(uint256 sent, uint256 expected);
    error SignWindowClosed(uint40 deadline);
    error NotWitness(address caller);
    error WrongCommittee();
    error VotingClosed(uint40 end);
    error RevealClosed(uint256 deadline);
    error RevealTooEarly(uint40 end);
    error DoubleVote(address witness);
    error NoCommitment(address witness);
    error RevealMismatch(address witness);
    error TooEarly(uint256 readyAt);
    error NothingToWithdraw(address caller);
    error TransferFailed(address to, uint256 amount);

    constructor(WitnessPool witnessPool) {
        factory = msg.sender;
        pool = witnessPool;
    }

    /// Called by the factory in the transaction that creates the clone; `signed` holds the parties whose
    /// consent came with the proposal (the customer's with its escrow as msg.value).
    function initialize(SlaTerms calldata t, uint8 signed) external payable {
        if (msg.sender != factory) revert NotFactory(msg.sender);
        if (state != State.None) revert AlreadyInitialized();
        provider = t.provider;
        customer = t.customer;
        price = t.price;
        termsHash = t.termsHash;
        witnessFee = t.witnessFee;
        duration = t.duration;
        revealWindow = t.revealWindow;
        signWindow = t.signWindow;
        committeeSize = t.committeeSize;
        quorum = t.quorum;
        compensationBps = t.compensationBps;
        deadline = uint40(block.timestamp + t.signWindow);
        state = State.Proposed;
        flags = signed; // the factory's SlaProposed event records these signatures
        if (signed == PROVIDER_SIGNED | CUSTOMER_SIGNED) _activate();
    }

    /// The provider signs with no value; the customer signs with the escrow, price + witness fee.
    function sign() external payable {
        _requireState(State.Proposed);
        if (block.timestamp >= deadline) revert SignWindowClosed(deadline);
        uint8 bit;
        uint256 expected;
        if (msg.sender == provider) {
            bit = PROVIDER_SIGNED;
        } else if (msg.sender == customer) {
            bit = CUSTOMER_SIGNED;
            expected = escrow();
        } else {
            revert NotParty(msg.sender);
        }
        if (flags & bit != 0) revert AlreadySigned(msg.sender);
        if (msg.value != expected) revert WrongValue(msg.value, expected);
        flags |= bit;
        emit Signed(msg.sender, msg.value);
        if (flags & (PROVIDER_SIGNED | CUSTOMER_SIGNED) == PROVIDER_SIGNED | CUSTOMER_SIGNED) _activate();
    }

    /// Either party may withdraw a proposal before it is active; anyone may once the sign window has closed.
    function cancel() external {
        _requireState(State.Proposed);
        if (msg.sender != provider && msg.sender != customer && block.timestamp < deadline) revert TooEarly(deadline);
        state = State.Cancelled;
        emit Cancelled(msg.sender);
    }

    function commitVote(address[] calldata committee, uint8 index, bytes32 commitment) external {
        _requireState(State.Active);
        if (block.timestamp >= deadline) revert VotingClosed(deadline);
        uint8 bit = _member(committee, index);
        if (commitMask & bit != 0) revert DoubleVote(msg.sender);
        commitments[index] = commitment;
        commitMask |= bit;
        emit VoteCommitted(msg.sender);
    }

    function revealVote(address[] calldata committee, uint8 index, bool violated, bytes32 evidenceHash, bytes32 nonce)
        external
    {
        _requireState(State.Active);
        if (block.timestamp >= uint256(deadline) + revealWindow) revert RevealClosed(uint256(deadline) + revealWindow);
        uint8 bit = _member(committee, index);
        if (block.timestamp < deadline && commitMask != (1 << committeeSize) - 1) revert RevealTooEarly(deadline);
        if (revealMask & bit != 0) revert DoubleVote(msg.sender);
        if (commitMask & bit == 0) revert NoCommitment(msg.sender);
        bytes32 commitment = commitments[index];
        if (commitment != voteCommitment(msg.sender, violated, evidenceHash, nonce)) revert RevealMismatch(msg.sender);
        delete commitments[index];
        revealMask |= bit;
        if (violated) violationMask |= bit;
        emit VoteRevealed(msg.sender, violated, evidenceHash);
        if (violated && violationConfirmed()) _settle(committee);
    }

    /// Settles an agreement no quorum found violated, once the reveal window after its end has passed.
    /// (A confirmed violation settles in the reveal that confirms it.)
    function settle(address[] calldata committee) external {
        _requireState(State.Active);
        if (keccak256(abi.encodePacked(committee)) != committeeHash) revert WrongCommittee();
        if (block.timestamp < uint256(deadline) + revealWindow) revert TooEarly(uint256(deadline) + revealWindow);
        _settle(committee);
    }

    function _settle(address[] calldata committee) private {
        bool violated = violationConfirmed();
        state = State.Settled;
        uint8 agreed = _agreedMask(violated);
        uint256 toWitnesses = agreed == 0 ? 0 : witnessFee;
        emit Settled(violated, due(customer), due(provider), toWitnesses);
        pool.recordSettlement{value: toWitnesses}(salt(), committee, agreed);
    }

    /// Pull payment of what the settlement (or cancellation) gives the caller; once per party.
    function withdraw() external {
        if (state != State.Settled && state != State.Cancelled) revert WrongState(state);
        uint8 paidBit;
        if (msg.sender == customer) paidBit = CUSTOMER_PAID;
        else if (msg.sender == provider) paidBit = PROVIDER_PAID;
        else revert NotParty(msg.sender);
        uint256 amount = due(msg.sender);
        if (amount == 0 || flags & paidBit != 0) revert NothingToWithdraw(msg.sender);
        flags |= paidBit; // before the transfer: a re-entering call finds nothing left
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// What `party` gets from this agreement in its current state (before any withdrawal).
    function due(address party) public view returns (uint256) {
        if (state == State.Cancelled) {
            return party == customer && flags & CUSTOMER_SIGNED != 0 ? escrow() : 0;
        }
        if (state != State.Settled) return 0;
        bool violated = violationConfirmed();
        uint256 compensation = violated ? uint256(price) * compensationBps / 10000 : 0;
        if (party == provider) return price - compensation;
        if (party == customer) return compensation + (_agreedMask(violated) == 0 ? witnessFee : 0);
        return 0;
    }

    function escrow() public view returns (uint256) {
        return uint256(price) + witnessFee;
    }

    function violationConfirmed() public view returns (bool) {
        return _count(violationMask) >= quorum;
    }

    /// What a witness commits: binds the vote to this agreement and the witness, so a commitment copied from
    /// another witness or another agreement never reveals.
    function voteCommitment(address witness, bool violated, bytes32 evidenceHash, bytes32 nonce)
        public view returns (bytes32)
    {
        return keccak256(abi.encode(address(this), witness, violated, evidenceHash, nonce));
    }

    /// The CREATE2 salt of this clone: the hash of all its terms (see SlaFactory.saltOf).
    function salt() public view returns (bytes32) {
        return keccak256(abi.encode(SlaTerms(provider, customer, termsHash, price, witnessFee, duration, signWindow,
            revealWindow, compensationBps, committeeSize, quorum)));
    }

    function _activate() private {
        state = State.Active;
        uint40 start = uint40(block.timestamp);
        deadline = start + duration;
        bytes32 seed = keccak256(abi.encode(blockhash(block.number - 1), block.prevrandao, address(this)));
        address[] memory committee = pool.draw(salt(), seed, committeeSize, provider, customer);
        committeeHash = keccak256(abi.encodePacked(committee));
        emit Activated(start, deadline);
    }

    function _member(address[] calldata committee, uint8 index) private view returns (uint8 bit) {
        if (index >= committee.length || committee[index] != msg.sender) revert NotWitness(msg.sender);
        if (keccak256(abi.encodePacked(committee)) != committeeHash) revert WrongCommittee();
        return uint8(1 << index);
    }

    function _agreedMask(bool violated) private view returns (uint8) {
        return violated ? violationMask : revealMask & ~violationMask;
    }

    function _requireState(State expected) private view {
        if (state != expected) revert WrongState(state);
    }

    function _count(uint8 mask) private pure returns (uint8 n) {
        for (; mask != 0; mask &= mask - 1) ++n;
    }
}
