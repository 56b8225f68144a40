/**
 * The edXML wire format of QCVN 102:2016/BTTTT (gói tin edXML): the packet records, their writing and strict reading,
 * the enveloped XML signature, and the {@code edxml validate|show} command line. Knows nothing of Sen's documents or
 * database: the exchange module maps packets to and from them. Named so that Sen's main class can hand the command
 * line to it without starting the application.
 */
@NamedInterface("edxml")
@NullMarked
package vn.sen.exchange.edxml;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
