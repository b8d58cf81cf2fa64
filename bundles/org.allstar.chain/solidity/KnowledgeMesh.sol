// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

/// @title The knowledge mesh of ALLSTAR: who takes part, which services they offer, what users think of them.
/// @notice Every change emits an event, so that anyone can rebuild the whole catalogue from the logs alone.
///         Storage keeps only what other calls must check (roles, service owner, active flag, feedback given).
contract KnowledgeMesh {
    uint8 public constant ROLE_PROVIDER = 1;
    uint8 public constant ROLE_CUSTOMER = 2;
    uint8 public constant ROLE_WITNESS = 4;
    uint8 public constant ROLE_OPERATOR = 8;
    uint8 private constant ALL_ROLES = 15;

    struct Service {
        address provider;
        uint16 availabilityBps; // 9990 = 99.90 %
        bool active;
        uint96 priceWei;        // per price period of the description
        bytes32 descriptionHash; // keccak-256 of the ALLSTAR-ML text
        string descriptionUri;
        string endpoint;
    }

    mapping(address => uint8) public rolesOf;
    mapping(bytes32 => Service) private services; // by keccak-256 of the service's name
    mapping(bytes32 => mapping(address => bool)) public gaveFeedback;

    event ParticipantRegistered(address indexed participant, uint8 roles, string name);
    event ServicePublished(bytes32 indexed serviceId, address indexed provider, string name,
        bytes32 descriptionHash, string descriptionUri, string endpoint, uint96 priceWei, uint16 availabilityBps);
    event AvailabilityUpdated(bytes32 indexed serviceId, uint16 availabilityBps);
    event ServiceWithdrawn(bytes32 indexed serviceId);
    event FeedbackGiven(bytes32 indexed serviceId, address indexed provider, address indexed customer,
        uint8 rating, bytes32 evidenceHash);

    error BadRoles(uint8 roles);
    error MissingRole(address participant, uint8 role);
    error EmptyName();
    error NameTaken(bytes32 serviceId, address provider);
    error UnknownService(bytes32 serviceId);
    error NotServiceProvider(bytes32 serviceId, address caller);
    error BadAvailability(uint16 availabilityBps);
    error BadRating(uint8 rating);
    error FeedbackAlreadyGiven(bytes32 serviceId, address customer);

    /// Registers the caller (again, to change roles or name); roles is a set of the ROLE_ bits.
    function register(uint8 roles, string calldata name) external {
        if (roles == 0 || roles & ~ALL_ROLES != 0) revert BadRoles(roles);
        rolesOf[msg.sender] = roles;
        emit ParticipantRegistered(msg.sender, roles, name);
    }

    /// Publishes a new service, or a new version of one of the caller's services under the same name.
    function publish(string calldata name, bytes32 descriptionHash, string calldata descriptionUri,
        string calldata endpoint, uint96 priceWei, uint16 availabilityBps) external returns (bytes32 serviceId) {
        _requireRole(msg.sender, ROLE_PROVIDER);
        if (bytes(name).length == 0) revert EmptyName();
        if (availabilityBps > 10000) revert BadAvailability(availabilityBps);
        serviceId = keccak256(bytes(name));
        Service storage s = services[serviceId];
        if (s.provider != address(0) && s.provider != msg.sender) revert NameTaken(serviceId, s.provider);
        services[serviceId] = Service(msg.sender, availabilityBps, true, priceWei, descriptionHash, descriptionUri, endpoint);
        emit ServicePublished(serviceId, msg.sender, name, descriptionHash, descriptionUri, endpoint, priceWei,
            availabilityBps);
    }

    function updateAvailability(bytes32 serviceId, uint16 availabilityBps) external {
        Service storage s = _ownService(serviceId);
        if (availabilityBps > 10000) revert BadAvailability(availabilityBps);
        s.availabilityBps = availabilityBps;
        emit AvailabilityUpdated(serviceId, availabilityBps);
    }

    /// Takes a service off the catalogue; its name stays reserved for its provider.
    function withdraw(bytes32 serviceId) external {
        Service storage s = _ownService(serviceId);
        s.active = false;
        emit ServiceWithdrawn(serviceId);
    }

    /// One rating (1 to 5) per customer and service, with the hash of the evidence behind it.
    function feedback(bytes32 serviceId, uint8 rating, bytes32 evidenceHash) external {
        _requireRole(msg.sender, ROLE_CUSTOMER);
        Service storage s = services[serviceId];
        if (s.provider == address(0)) revert UnknownService(serviceId);
        if (rating < 1 || rating > 5) revert BadRating(rating);
        if (gaveFeedback[serviceId][msg.sender]) revert FeedbackAlreadyGiven(serviceId, msg.sender);
        gaveFeedback[serviceId][msg.sender] = true;
        emit FeedbackGiven(serviceId, s.provider, msg.sender, rating, evidenceHash);
    }

    /// Name to endpoint: the naming service of the mesh. Reverts for unknown or withdrawn names.
    function lookup(string calldata name) external view returns (address provider, string memory endpoint) {
        bytes32 serviceId = keccak256(bytes(name));
        Service storage s = services[serviceId];
        if (!s.active) revert UnknownService(serviceId);
        return (s.provider, s.endpoint);
    }

    function service(bytes32 serviceId) external view returns (Service memory) {
        return services[serviceId];
    }

    function _ownService(bytes32 serviceId) private view returns (Service storage s) {
        s = services[serviceId];
        if (s.provider == address(0)) revert UnknownService(serviceId);
        if (s.provider != msg.sender) revert NotServiceProvider(serviceId, msg.sender);
    }

    function _requireRole(address participant, uint8 role) private view {
        if (rolesOf[participant] & role == 0) revert MissingRole(participant, role);
    }
}
