// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

/// @title EIP-1167 minimal proxies created with CREATE2, and the addresses they will have.
/// @notice The factory creates every SLA agreement as such a clone; the witness pool recognises an agreement
///         by recomputing its address from the salt, so neither keeps a registry in storage.
library MinimalProxy {
    error CloneFailed(bytes32 salt);

    /// The EIP-1167 creation code of a proxy that delegates every call to `implementation`.
    function creationCode(address implementation) internal pure returns (bytes memory) {
        return abi.encodePacked(hex"3d602d80600a3d3981f3363d3d373d3d3d363d73", implementation,
            hex"5af43d82803e903d91602b57fd5bf3");
    }

    function clone(address implementation, bytes32 salt) internal returns (address instance) {
        bytes memory code = creationCode(implementation);
        assembly ("memory-safe") {
            instance := create2(0, add(code, 0x20), mload(code), salt)
        }
        if (instance == address(0)) revert CloneFailed(salt);
    }

    function predict(bytes32 creationCodeHash, address deployer, bytes32 salt) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), deployer, salt, creationCodeHash)))));
    }
}
