/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partners Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.PartnersBlock#getFunders <em>Funders</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getPartnersBlock()
 * @model
 * @generated
 */
public interface PartnersBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Funders</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Funder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funders</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getPartnersBlock_Funders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Funder> getFunders();

} // PartnersBlock
