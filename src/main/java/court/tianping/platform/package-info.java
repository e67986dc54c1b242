/**
 * Platform: users, roles and permissions, login and lock-out, data scope, API tokens, audit log,
 * locale and the shared web layout.
 */
package court.tianping.platform;
