/**
 * Inter-agency document exchange (liên thông văn bản) in edXML (QCVN 102:2016/BTTTT): building, signing, parsing and
 * verifying packets; the outbox of packets for agencies outside the installation and the worker that delivers them;
 * the inbox that turns packets into electronic arrivals and sends status packets back; the directory of agencies and
 * their transports (same installation, HTTP between installations, the national axis seam).
 */
@ApplicationModule(
        displayName = "Exchange",
        allowedDependencies = {
            "shared",
            "platform",
            "organization",
            "identity",
            "audit",
            "files",
            "document",
            "signing",
            "notification"
        })
@NullMarked
package vn.sen.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
