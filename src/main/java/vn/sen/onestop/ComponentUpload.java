package vn.sen.onestop;

import java.io.InputStream;

/** One file given for a component of the dossier (numbered from 1, as the procedure lists them). */
record ComponentUpload(int componentNumber, String fileName, InputStream content) {}
