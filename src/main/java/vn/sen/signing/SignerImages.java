package vn.sen.signing;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignerImages extends JpaRepository<SignerImage, UUID> {}
